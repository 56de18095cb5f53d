/**
 * The "Lucca for Okta" administration interface: who may act (accounts, and the Lucca permission
 * "Administer OKTA synchronization"), the setup of a tenant, under {@code /lucca-okta/admin/api}.
 */
package dev.luccaokta.admin;
