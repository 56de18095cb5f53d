package dev.luccaokta.oktasandbox.emulator;

import dev.luccaokta.oktasandbox.auth.Credentials;
import dev.luccaokta.oktasandbox.directory.Directory;
import dev.luccaokta.oktasandbox.directory.IdentitySources;
import dev.luccaokta.oktasandbox.sessions.ImportSessions;

/**
 * Everything the org holds, and the reset that brings it back to its boot defaults: sources, credentials, users,
 * groups, sessions, settings, faults and the request log.
 */
public final class EmulatorState {
    private final OrgDefaults defaults;
    private final IdentitySources sources;
    private final Credentials credentials;
    private final Directory directory;
    private final ImportSessions sessions;
    private final Faults faults;
    private final RequestLog log;
    private final CurrentSettings settings;

    public EmulatorState(OrgDefaults defaults, IdentitySources sources, Credentials credentials, Directory directory,
                         ImportSessions sessions, Faults faults, RequestLog log, CurrentSettings settings) {
        this.defaults = defaults;
        this.sources = sources;
        this.credentials = credentials;
        this.directory = directory;
        this.sessions = sessions;
        this.faults = faults;
        this.log = log;
        this.settings = settings;
        reset();
    }

    public String defaultSourceId() {
        return defaults.source().id();
    }

    public void reset() {
        faults.clear();
        sessions.clear();
        directory.clear();
        credentials.clear();
        sources.clear();
        log.clear();
        sources.put(defaults.source());
        defaults.apiToken().ifPresent(credentials::addApiToken);
        defaults.serviceApp().ifPresent(credentials::putApp);
        settings.set(defaults.settings());
    }
}
