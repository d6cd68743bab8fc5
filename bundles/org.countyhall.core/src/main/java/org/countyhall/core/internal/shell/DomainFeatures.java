package org.countyhall.core.internal.shell;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;

/**
 * The CountyHall features a CountyHall admin may install and remove over SSH: only {@code countyhall-<domain>}
 * from the repositories already configured, never Karaf's own features (which may bring command scopes without
 * ACLs) and never new repositories. Karaf's {@code feature:*} commands stay with Karaf's admin.
 */
final class DomainFeatures {

    /** Domains are features named countyhall-&lt;domain&gt;; the infrastructure ones are not domains. */
    private static final Pattern DOMAIN = Pattern.compile("countyhall-[a-z][a-z0-9-]*");
    private static final List<String> NOT_DOMAINS = List.of("countyhall-platform", "countyhall-core", "countyhall-jpa");
    // bundles already running are not refreshed: an install never restarts what is there
    private static final EnumSet<FeaturesService.Option> OPTIONS = EnumSet.of(
            FeaturesService.Option.NoAutoRefreshBundles);

    private DomainFeatures() {
    }

    /** The domain features available, by name. */
    static List<Feature> available(FeaturesService features) throws Exception {
        List<Feature> found = new ArrayList<>();
        for (Feature f : features.listFeatures()) {
            if (isDomain(f.getName()) && !f.getName().equals("countyhall")) {
                found.add(f);
            }
        }
        found.sort((a, b) -> a.getName().compareTo(b.getName()));
        return found;
    }

    /** The feature of a domain name ({@code windows}), a feature name, or {@code all} for every domain. */
    static String featureName(String domain) {
        if (domain.equals("all")) {
            return "countyhall";
        }
        String name = domain.startsWith("countyhall-") ? domain : "countyhall-" + domain;
        if (!isDomain(name)) {
            throw new IllegalArgumentException("not a CountyHall domain: " + domain);
        }
        return name;
    }

    static boolean isDomain(String featureName) {
        return featureName.equals("countyhall")
                || DOMAIN.matcher(featureName).matches() && !NOT_DOMAINS.contains(featureName);
    }

    static void install(FeaturesService features, String name) throws Exception {
        features.installFeature(name, OPTIONS);
    }

    static void uninstall(FeaturesService features, String name) throws Exception {
        features.uninstallFeature(name, OPTIONS);
    }
}
