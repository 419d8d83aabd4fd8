package modulithfixtures;

import org.springframework.modulith.Modulithic;

/**
 * A tiny application (test sources only, outside the portal's packages) with two modules, {@code kitchen} and
 * {@code dining}, where dining uses a type internal to kitchen: {@code ApplicationModules.verify()} must refuse it.
 */
@Modulithic
public class FixtureApp {
}
