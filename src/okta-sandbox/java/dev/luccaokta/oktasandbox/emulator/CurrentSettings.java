package dev.luccaokta.oktasandbox.emulator;

/** The settings in force, changed by tests through the emulator's control API and put back by a reset. */
public final class CurrentSettings {
    private volatile EmulatorSettings settings;

    public CurrentSettings(EmulatorSettings initial) {
        settings = initial;
    }

    public EmulatorSettings get() {
        return settings;
    }

    public void set(EmulatorSettings changed) {
        settings = changed;
    }
}
