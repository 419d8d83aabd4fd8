package modulithfixtures.kitchen;

import modulithfixtures.kitchen.internal.Oven;

/** The kitchen module's published type. */
public class Kitchen {

    private final Oven oven = new Oven();

    public String cook(String dish) {
        return oven.bake(dish);
    }
}
