package archfixtures.billing.domain;

/** Breaks "domain is plain Java": a domain class using Spring. */
@org.springframework.stereotype.Component
public class DomainWithFramework {
    public Object context(org.springframework.context.ApplicationContext context) {
        return context;
    }
}
