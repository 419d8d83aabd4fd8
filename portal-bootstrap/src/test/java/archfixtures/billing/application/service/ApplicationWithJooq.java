package archfixtures.billing.application.service;

/** Breaks "application has no adapter technology": jOOQ in a service. */
public class ApplicationWithJooq {
    public int count(org.jooq.DSLContext dsl) {
        return dsl.fetchCount(org.jooq.impl.DSL.table("x"));
    }
}
