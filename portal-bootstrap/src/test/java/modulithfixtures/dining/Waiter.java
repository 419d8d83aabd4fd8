package modulithfixtures.dining;

import modulithfixtures.kitchen.internal.Oven;

/** Breaks the rule on purpose: the dining module reaches into the kitchen's internal Oven. */
public class Waiter {

    public String serve(String dish) {
        return new Oven().bake(dish);
    }
}
