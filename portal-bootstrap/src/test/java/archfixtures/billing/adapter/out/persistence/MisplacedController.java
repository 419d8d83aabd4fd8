package archfixtures.billing.adapter.out.persistence;

/** Breaks "controllers live in web adapters". */
public class MisplacedController {
}
