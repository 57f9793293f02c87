package dev.foresight.scoring.customers;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A customer's feature values as a read-only map over a primitive array. All customers of one feature definition
 * share the names and their index ({@link Layout}), so a cached customer costs about 8 bytes per feature instead of
 * a hash map of boxed doubles.
 */
final class FeatureValues extends AbstractMap<String, Double> {

    private static final Map<List<String>, Layout> LAYOUTS = new ConcurrentHashMap<>();

    private final Layout layout;
    private final double[] values;

    private FeatureValues(Layout layout, double[] values) {
        this.layout = layout;
        this.values = values;
    }

    static FeatureValues of(Map<String, Double> features) {
        Layout layout = LAYOUTS.computeIfAbsent(List.copyOf(features.keySet()), Layout::new);
        double[] values = new double[layout.names.size()];
        for (int i = 0; i < values.length; i++) {
            Double value = features.get(layout.names.get(i));
            values[i] = value == null ? Double.NaN : value;
        }
        return new FeatureValues(layout, values);
    }

    @Override
    public Double get(Object name) {
        Integer index = layout.index.get(name);
        return index == null ? null : values[index];
    }

    @Override
    public boolean containsKey(Object name) {
        return layout.index.containsKey(name);
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public Set<Entry<String, Double>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Double>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < values.length;
                    }

                    @Override
                    public Entry<String, Double> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(layout.names.get(i), values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return values.length;
            }
        };
    }

    private static final class Layout {
        final List<String> names;
        final Map<String, Integer> index = new HashMap<>();

        Layout(List<String> names) {
            this.names = names;
            for (int i = 0; i < names.size(); i++) {
                index.put(names.get(i), i);
            }
        }
    }
}
