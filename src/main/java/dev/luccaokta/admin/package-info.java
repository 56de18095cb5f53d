/**
 * The "Lucca for Okta" administration interface: who may act (accounts, and the Lucca permission
 * "Administer OKTA synchronization"), the setup of a tenant, its status, events, safeguard, change log, import
 * history and manager checks, under {@code /lucca-okta/admin/api}, and the page at {@code /lucca-okta/admin/}. Its
 * forms and answers are records (JSON-B), the forms checked by Bean Validation, and its OpenAPI document is generated
 * from them and the resources' annotations ({@link dev.luccaokta.admin.AdminApiFilter}).
 */
package dev.luccaokta.admin;
