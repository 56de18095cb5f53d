-- The OAuth client of Lucca's current API (v5), optional beside the legacy API key; the secret is sealed.
ALTER TABLE tenant ADD COLUMN lucca_client_id VARCHAR(200);
ALTER TABLE tenant ADD COLUMN lucca_client_secret VARCHAR(500);
-- A tenant may reach Lucca with its OAuth client alone.
ALTER TABLE tenant ALTER COLUMN lucca_api_key DROP NOT NULL;
