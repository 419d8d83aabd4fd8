package modulithfixtures.kitchen.internal;

/** Internal to the kitchen module: no other module may use it. */
public class Oven {

    public String bake(String dish) {
        return "baked " + dish;
    }
}
