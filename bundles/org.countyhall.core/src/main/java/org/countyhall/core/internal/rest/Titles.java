package org.countyhall.core.internal.rest;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Problem titles in English and Simplified Chinese, chosen by {@code Accept-Language}. */
public final class Titles {

    private static final Map<String, String[]> BY_CODE = Map.ofEntries(
            Map.entry("invalid-input", new String[] {"Invalid input", "输入无效"}),
            Map.entry("malformed-json", new String[] {"Malformed JSON", "JSON 格式错误"}),
            Map.entry("unauthorized", new String[] {"Login required", "需要登录"}),
            Map.entry("forbidden", new String[] {"Not allowed", "无权操作"}),
            Map.entry("not-found", new String[] {"Not found", "未找到"}),
            Map.entry("method-not-allowed", new String[] {"Method not allowed", "不支持该请求方法"}),
            Map.entry("not-acceptable", new String[] {"Not acceptable", "无法提供所需格式"}),
            Map.entry("conflict", new String[] {"Conflict", "冲突"}),
            Map.entry("payload-too-large", new String[] {"Request body too large", "请求内容过大"}),
            Map.entry("unsupported-media-type", new String[] {"Unsupported media type", "不支持的内容类型"}),
            Map.entry("too-many-requests", new String[] {"Too many requests", "请求过于频繁"}),
            Map.entry("account-locked", new String[] {"Account locked", "账户已锁定"}),
            Map.entry("login-busy", new String[] {"Too many logins at once", "登录请求过多"}),
            Map.entry("login-delayed", new String[] {"Login delayed after failed logins", "登录失败过多，请稍后再试"}),
            Map.entry("too-many-failed-logins", new String[] {"Too many failed logins", "登录失败次数过多"}),
            Map.entry("unavailable", new String[] {"Service unavailable", "服务暂不可用"}),
            Map.entry("internal-error", new String[] {"Internal error", "内部错误"}));

    private Titles() {
    }

    /** The title for a problem code; a domain's own code falls back to the title of its status. */
    public static String of(String code, int status, List<Locale> accepted) {
        String[] pair = BY_CODE.get(code);
        if (pair == null) {
            pair = BY_CODE.get(codeOfStatus(status));
        }
        return chinese(accepted) ? pair[1] : pair[0];
    }

    /** The generic code of an HTTP status. */
    public static String codeOfStatus(int status) {
        return switch (status) {
            case 400 -> "invalid-input";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 429 -> "too-many-requests";
            case 503 -> "unavailable";
            default -> status >= 500 ? "internal-error" : "invalid-input";
        };
    }

    private static boolean chinese(List<Locale> accepted) {
        for (Locale l : accepted) {
            if ("zh".equals(l.getLanguage())) {
                return true;
            }
            if ("en".equals(l.getLanguage())) {
                return false;
            }
        }
        return false;
    }
}
