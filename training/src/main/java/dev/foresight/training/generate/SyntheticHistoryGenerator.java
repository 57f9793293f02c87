package dev.foresight.training.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generates a realistic subscription-business history, deterministic by seed. Each customer has a latent
 * engagement that drifts; usage (logins, add-on purchases) follows it with weekly and yearly seasonality.
 * Customers who decide to leave fade first: engagement drops, support tickets and failed payments rise, then a
 * cancellation. Upgrades follow rising engagement. Plan tiers set prices and churn propensity.
 *
 * <p>Writes {@code customers.csv} and {@code interactions.csv} for {@code examples/synthetic.yml}.
 */
public final class SyntheticHistoryGenerator {

    private static final Logger log = LoggerFactory.getLogger(SyntheticHistoryGenerator.class);
    private static final double[] MONTHLY_PRICE = {0, 29, 99, 299};

    private final long seed;
    private final int customers;
    private final LocalDate start;
    private final int days;

    public SyntheticHistoryGenerator(long seed, int customers, LocalDate start, LocalDate end) {
        if (customers < 1 || !end.isAfter(start.plusDays(180))) {
            throw new IllegalArgumentException("need at least one customer and more than 180 days of history");
        }
        this.seed = seed;
        this.customers = customers;
        this.start = start;
        this.days = (int) (end.toEpochDay() - start.toEpochDay());
    }

    /** Writes both files into {@code directory}; returns the number of interactions written. */
    public long writeTo(Path directory) {
        try {
            Files.createDirectories(directory);
            try (var customerOut = Files.newBufferedWriter(directory.resolve("customers.csv"));
                 var interactionOut = Files.newBufferedWriter(directory.resolve("interactions.csv"))) {
                customerOut.write("customer_id,signup_date,plan_tier,seats,region,segment,owner\n");
                interactionOut.write("customer_id,occurred_at,type,channel,amount,quantity,product\n");
                long events = 0;
                for (int c = 1; c <= customers; c++) {
                    events += new CustomerLife(c, new SplittableRandom(seed * 1_000_003L + c)).write(customerOut, interactionOut);
                    if (c % 5_000 == 0) {
                        log.info("generate: {} of {} customers, {} interactions", c, customers, events);
                    }
                }
                log.info("generate: {} customers, {} interactions in {}", customers, events, directory.toAbsolutePath());
                return events;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One customer's life, simulated day by day. */
    private final class CustomerLife {
        private final String id;
        private final SplittableRandom random;
        private final StringBuilder line = new StringBuilder(96);

        CustomerLife(int number, SplittableRandom random) {
            this.id = "C" + String.format(Locale.ROOT, "%06d", number);
            this.random = random;
        }

        long write(BufferedWriter customersOut, BufferedWriter out) throws IOException {
            int signup = (int) (Math.pow(random.nextDouble(), 1.3) * (days * 0.8));
            int tier = pick(0.6, 0.3);
            int seats = tier == 1 ? 1 + random.nextInt(3) : (int) Math.round(Math.exp(1 + tier * 0.6 + random.nextGaussian() * 0.5));
            String region = new String[] {"emea", "amer", "apac"}[random.nextInt(3)];
            String segment = seats >= 20 ? "enterprise" : seats >= 5 ? "mid-market" : "smb";
            String owner = "rep-" + region + "-" + (1 + random.nextInt(4));
            customersOut.write(id + "," + start.plusDays(signup) + "," + tier + "," + seats + "," + region + ","
                    + segment + "," + owner + "\n");

            double engagement = random.nextGaussian() * 0.7 + 0.2 * tier;
            double drift = random.nextGaussian() * 0.004;
            int fadeStart = -1;
            int fadeLength = 30 + random.nextInt(45);
            int paymentDay = signup % 30;
            boolean owing = false;
            long events = 0;
            events += emit(out, signup, "signup", "web", MONTHLY_PRICE[tier] * seats, (double) seats, plan(tier));
            for (int day = signup + 1; day < days; day++) {
                if (random.nextDouble() < 1 / 30.0) {
                    drift = random.nextGaussian() * 0.004;
                }
                engagement += drift + random.nextGaussian() * 0.04;
                engagement = Math.max(-3, Math.min(3, engagement));
                boolean fading = fadeStart >= 0;
                if (!fading && random.nextDouble() < 0.0012 * Math.exp(-0.9 * engagement) / tier) {
                    fadeStart = day;
                    fading = true;
                }
                double fade = fading ? Math.min(1, (day - fadeStart) / (double) fadeLength) : 0;
                double usage = Math.exp(engagement - 2.2 * fade) * weekly(day) * seasonal(day);

                events += poisson(out, day, 0.05 * usage, "login", random.nextDouble() < 0.6 ? "web" : "mobile", null, null, null);
                if (random.nextDouble() < 0.008 * usage) {
                    events += emit(out, day, "purchase", "web", round(Math.exp(3 + 0.3 * tier + random.nextGaussian() * 0.5)), 1.0, "add-on");
                }
                events += poisson(out, day, 0.006 + 0.05 * fade + (engagement < -1 ? 0.01 : 0), "support_ticket",
                        random.nextBoolean() ? "email" : "phone", null, null, null);
                if (day % 45 == 17 && random.nextDouble() < 0.25 / (1 + Math.exp(-engagement))) {
                    events += emit(out, day, "campaign_response", "email", null, null, "campaign-" + (day / 45));
                }
                if (day % 30 == paymentDay || owing) {
                    boolean fails = random.nextDouble() < 0.02 + 0.3 * fade;
                    events += emit(out, day, fails ? "payment_failed" : "payment", "billing", MONTHLY_PRICE[tier] * seats, (double) seats, plan(tier));
                    owing = fails && !owing;
                }
                if (!fading && tier < 3 && drift > 0 && random.nextDouble() < 0.0025 * Math.exp(1.2 * (engagement - 0.5))) {
                    tier++;
                    events += emit(out, day, "plan_upgrade", "web", MONTHLY_PRICE[tier] * seats, (double) seats, plan(tier));
                } else if (tier > 1 && random.nextDouble() < 0.0004 * Math.exp(-engagement)) {
                    tier--;
                    events += emit(out, day, "plan_downgrade", "web", MONTHLY_PRICE[tier] * seats, (double) seats, plan(tier));
                }
                if (fading && day - fadeStart >= fadeLength) {
                    events += emit(out, day, "cancellation", "web", null, null, plan(tier));
                    break;
                }
            }
            return events;
        }

        private long poisson(BufferedWriter out, int day, double lambda, String type, String channel, Double amount,
                             Double quantity, String product) throws IOException {
            long n = 0;
            double l = Math.exp(-lambda);
            double p = random.nextDouble();
            while (p > l) {
                n++;
                p *= random.nextDouble();
            }
            for (int i = 0; i < n; i++) {
                emit(out, day, type, channel, amount, quantity, product);
            }
            return n;
        }

        private long emit(BufferedWriter out, int day, String type, String channel, Double amount, Double quantity,
                          String product) throws IOException {
            LocalDateTime at = start.plusDays(day).atStartOfDay().plusSeconds(random.nextInt(86_400));
            line.setLength(0);
            line.append(id).append(',').append(at.atOffset(ZoneOffset.UTC)).append(',').append(type).append(',')
                    .append(channel).append(',').append(amount == null ? "" : amount).append(',')
                    .append(quantity == null ? "" : quantity).append(',').append(product == null ? "" : product).append('\n');
            out.write(line.toString());
            return 1;
        }

        private int pick(double first, double second) {
            double u = random.nextDouble();
            return u < first ? 1 : u < first + second ? 2 : 3;
        }

        private double weekly(int day) {
            int weekday = (int) Math.floorMod(start.toEpochDay() + day + 3, 7); // 0 = Monday
            return weekday >= 5 ? 0.45 : 1.15;
        }

        private double seasonal(int day) {
            return 1 + 0.2 * Math.sin(2 * Math.PI * (start.getDayOfYear() + day) / 365.25);
        }

        private static String plan(int tier) {
            return new String[] {"", "basic", "pro", "enterprise"}[tier];
        }

        private static double round(double value) {
            return Math.round(value * 100) / 100.0;
        }
    }
}
