package nl.samenspel.scenario;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.samenspel.model.Parameters;

/**
 * Turns checked flat values (dotted snake_case keys) into the {@link Parameters} records and back.
 * Only the model's own record types are ever built.
 */
public final class ParameterBinder {
    private ParameterBinder() {}

    public static Parameters bind(Map<String, Object> values) {
        return (Parameters) build(Parameters.class, "", values);
    }

    private static Object build(Class<?> type, String prefix, Map<String, Object> values) {
        RecordComponent[] comps = type.getRecordComponents();
        Object[] args = new Object[comps.length];
        Class<?>[] types = new Class<?>[comps.length];
        for (int i = 0; i < comps.length; i++) {
            RecordComponent c = comps[i];
            types[i] = c.getType();
            String key = prefix + ParameterSchema.snake(c.getName());
            if (c.getType().isRecord()) {
                args[i] = build(c.getType(), key + ".", values);
                continue;
            }
            Object v = values.get(key);
            if (v == null) throw new IllegalArgumentException("no value for " + key);
            args[i] = convert(c.getType(), v);
        }
        try {
            Constructor<?> ctor = type.getDeclaredConstructor(types);
            return ctor.newInstance(args);
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object convert(Class<?> type, Object v) {
        if (type == int.class) return ((Number) v).intValue();
        if (type == long.class) return ((Number) v).longValue();
        if (type == double.class) return ((Number) v).doubleValue();
        if (type == boolean.class) return v;
        if (type.isEnum()) return Enum.valueOf((Class<Enum>) type, ((String) v).toUpperCase(Locale.ROOT));
        throw new IllegalStateException("unsupported type " + type);
    }

    /** The flat view of a parameter set, in schema order, as written in scenario files. */
    public static Map<String, Object> flatten(Parameters p) {
        Map<String, Object> out = new LinkedHashMap<>();
        flatten(p, "", out);
        return out;
    }

    private static void flatten(Object record, String prefix, Map<String, Object> out) {
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            String key = prefix + ParameterSchema.snake(c.getName());
            Object v;
            try {
                v = c.getAccessor().invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
            if (c.getType().isRecord()) flatten(v, key + ".", out);
            else if (v instanceof Enum<?> e) out.put(key, e.name().toLowerCase(Locale.ROOT));
            else if (v instanceof Integer i) out.put(key, i.longValue());
            else out.put(key, v);
        }
    }
}
