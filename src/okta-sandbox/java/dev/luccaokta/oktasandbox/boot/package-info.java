/** Wires the emulator's services, one instance each, and puts the org in its boot state when the application starts. */
package dev.luccaokta.oktasandbox.boot;
