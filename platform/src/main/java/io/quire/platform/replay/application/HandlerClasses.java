package io.quire.platform.replay.application;

import io.quire.query.shared.ReadModel;
import org.axonframework.eventhandling.AllowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ReflectionUtils;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/** What a handler class declares about replays: its event handlers, which of them may replay, its reset handler. */
final class HandlerClasses {

    private HandlerClasses() {
    }

    static boolean isSaga(Class<?> type) {
        return !handlers(type, SagaEventHandler.class).isEmpty();
    }

    /** Event handlers that run during a replay: all but those marked {@code @DisallowReplay} (on them or the class). */
    static long replayingHandlers(Class<?> type) {
        return handlers(type, EventHandler.class).stream().filter(method -> allowsReplay(type, method)).count();
    }

    static boolean hasResetHandler(Class<?> type) {
        return !handlers(type, ResetHandler.class).isEmpty();
    }

    static List<String> tables(Class<?> type) {
        ReadModel model = AnnotatedElementUtils.findMergedAnnotation(type, ReadModel.class);
        return model == null ? List.of() : List.of(model.tables());
    }

    private static boolean allowsReplay(Class<?> type, Method method) {
        AllowReplay onMethod = AnnotatedElementUtils.findMergedAnnotation(method, AllowReplay.class);
        if (onMethod != null) {
            return onMethod.value();
        }
        AllowReplay onType = AnnotatedElementUtils.findMergedAnnotation(type, AllowReplay.class);
        return onType == null || onType.value();
    }

    private static List<Method> handlers(Class<?> type, Class<? extends java.lang.annotation.Annotation> marker) {
        List<Method> found = new ArrayList<>();
        ReflectionUtils.doWithMethods(type, method -> {
            if (AnnotatedElementUtils.hasAnnotation(method, marker)) {
                found.add(method);
            }
        });
        return found;
    }
}
