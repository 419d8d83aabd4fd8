package archfixtures.access;

/** Stands for the portal's navigation contract in the fixtures. */
public record NavigationEntry(String labelKey, String path) {
}
