package dev.luccaokta.tenant;

/** How a tenant's people reach Okta. */
public enum DeliveryMode {
    /** Okta imports them over SCIM, on its own schedule. */
    SCIM_PULL,
    /** The connector pushes each change to a Custom Identity Source of the tenant's Okta org. */
    OKTA_PUSH
}
