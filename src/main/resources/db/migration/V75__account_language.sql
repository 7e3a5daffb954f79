-- ----------------------------------------------------------------------------------------------------
-- Issue #18, "in the reader's own language": the language a person chose for pages and emails
-- (PUT /api/me {language}, the footer's switcher when logged in, /account). NULL: not chosen, pages
-- follow the lang cookie or Accept-Language, emails the default language. A short language tag such as
-- de; the application accepts only the languages in quarkus.locales.
-- ----------------------------------------------------------------------------------------------------
ALTER TABLE account ADD COLUMN language varchar(8) CHECK (language ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$');
