package org.modalis.training.exercise;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Sets a dotted scenario key ({@code ct.mas}) in a parameter tree, creating sections on the way. */
final class DottedKeys {

    private DottedKeys() {
    }

    static void put(ObjectNode tree, String dotted, Object value) {
        String[] parts = dotted.split("\\.");
        ObjectNode node = tree;
        for (int i = 0; i < parts.length - 1; i++) {
            node = node.has(parts[i]) && node.get(parts[i]).isObject() ? (ObjectNode) node.get(parts[i])
                    : node.putObject(parts[i]);
        }
        String last = parts[parts.length - 1];
        if (value instanceof Boolean b) {
            node.put(last, b);
        } else if (value instanceof Double d) {
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                node.put(last, d.longValue());
            } else {
                node.put(last, d);
            }
        } else {
            node.put(last, String.valueOf(value));
        }
    }
}
