-- Okta may change a person's login and professional mail only when the tenant opts in: off for every tenant.
ALTER TABLE tenant ADD COLUMN login_mail_write_back BOOLEAN DEFAULT FALSE NOT NULL;

-- Each administration account is bound, per tenant, to the Lucca user its mail first found on that tenant's Lucca:
-- afterwards only that user (by id) vouches for the account, so moving mails around in Lucca hands nothing over.
CREATE TABLE admin_binding (
    id             VARCHAR(36)  NOT NULL PRIMARY KEY,
    tenant_id      VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    account_mail   VARCHAR(254) NOT NULL,
    lucca_base_url VARCHAR(500) NOT NULL,
    lucca_user_id  BIGINT       NOT NULL,
    bound_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT admin_binding_account UNIQUE (tenant_id, account_mail)
);
