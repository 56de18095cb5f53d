package dev.luccaokta.directory;

/** The SCIM schema URNs and resource type names the directory's representations use. */
public final class ScimNames {

    public static final String USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";
    public static final String GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group";
    public static final String ENTERPRISE_SCHEMA = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    public static final String USER = "User";
    public static final String GROUP = "Group";
    /** Relative references ({@code Users/42}) that the SCIM layer resolves against the request's base URL. */
    public static final String USERS_PATH = "Users/";
    public static final String GROUPS_PATH = "Groups/";

    private ScimNames() {
    }
}
