-- GET /api/specialists/{id} and GET /api/specialists/{id}/slots?from=today&to=+31 days: the slot query.
SELECT s.id, s.starts_at, s.ends_at FROM slot s
WHERE s.specialist_id = :specialist_id AND s.withdrawn_at IS NULL
  AND s.starts_at >= now() + interval '2 hours' AND s.starts_at < now() + interval '31 days'
  AND NOT EXISTS (SELECT 1 FROM booking b WHERE b.slot_id = s.id AND b.status <> 'CANCELLED')
ORDER BY s.starts_at;
