package dev.kakehashi.sandbox.host;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The host's {@link EventPublisher} (atlassian-event): {@code publish} calls, synchronously on the publishing thread,
 * every public method annotated {@code @EventListener} of the registered objects whose one parameter accepts the
 * event (its class, a superclass or an interface). A listener that throws is logged and the others still run; the
 * publisher never sees the exception. Registering an object twice delivers once. Not emulated: asynchronous
 * listeners, {@code scope} and {@code order}, the legacy {@code com.atlassian.event.EventListener} interface.
 */
public final class SandboxEventPublisher implements EventPublisher {
    private static final Logger LOG = Logger.getLogger(SandboxEventPublisher.class.getName());

    private final List<Object> listeners = new CopyOnWriteArrayList<>();

    /** Registers an object; an object without any {@code @EventListener} method is refused, as the host does. */
    @Override
    public void register(Object listener) {
        if (listener == null) {
            throw new NullPointerException("listener");
        }
        if (handlers(listener.getClass()).isEmpty()) {
            throw new IllegalArgumentException(listener.getClass().getName()
                    + " has no public @EventListener method with one parameter");
        }
        if (listeners.stream().noneMatch(l -> l == listener)) {
            listeners.add(listener);
        }
    }

    @Override
    public void unregister(Object listener) {
        listeners.removeIf(l -> l == listener);
    }

    @Override
    public void unregisterAll() {
        listeners.clear();
    }

    @Override
    public void publish(Object event) {
        if (event == null) {
            throw new NullPointerException("event");
        }
        for (Object listener : listeners) {
            for (Method method : handlers(listener.getClass())) {
                if (!method.getParameterTypes()[0].isInstance(event)) {
                    continue;
                }
                try {
                    method.invoke(listener, event);
                } catch (InvocationTargetException e) {
                    LOG.log(Level.SEVERE, "Event listener " + method + " failed on " + event.getClass().getName(),
                            e.getCause());
                } catch (IllegalAccessException e) {
                    LOG.log(Level.SEVERE, "Event listener " + method + " cannot be called", e);
                }
            }
        }
    }

    /** How many objects are registered (for the self-tests). */
    public int listenerCount() {
        return listeners.size();
    }

    private static List<Method> handlers(Class<?> type) {
        List<Method> result = new ArrayList<>();
        for (Method method : type.getMethods()) {
            if (method.isAnnotationPresent(EventListener.class) && method.getParameterCount() == 1
                    && !Modifier.isStatic(method.getModifiers())) {
                method.setAccessible(true);
                result.add(method);
            }
        }
        return result;
    }
}
