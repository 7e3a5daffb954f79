-- GET /api/conversations for a client: the page of conversation ids and the count.
SELECT c.id FROM conversation c JOIN specialist s ON s.id = c.specialist_id
WHERE c.client_id = (SELECT id FROM account WHERE subject = :messenger) OR s.account_id = (SELECT id FROM account WHERE subject = :messenger)
ORDER BY c.last_message_at DESC, c.id LIMIT 20 OFFSET 0;
SELECT count(*) FROM conversation c JOIN specialist s ON s.id = c.specialist_id
WHERE c.client_id = (SELECT id FROM account WHERE subject = :messenger) OR s.account_id = (SELECT id FROM account WHERE subject = :messenger);
