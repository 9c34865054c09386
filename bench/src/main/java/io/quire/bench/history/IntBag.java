package io.quire.bench.history;

import java.util.Arrays;
import java.util.SplittableRandom;

/** An unordered bag of ints that can hand out a random element in constant time. */
final class IntBag {

    private int[] values = new int[16];
    private int size;

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    int get(int index) {
        return values[index];
    }

    int size() {
        return size;
    }

    int removeAny(SplittableRandom random) {
        int index = random.nextInt(size);
        int value = values[index];
        values[index] = values[--size];
        return value;
    }
}
