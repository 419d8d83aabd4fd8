package org.portailfamille.accounts.application.port.in;

/** Checks credentials, with a growing delay after repeated failures (per login and per address). */
public interface LogInUseCase {
    LogInResult logIn(LogInCommand command);
}
