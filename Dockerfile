# syntax=docker/dockerfile:1
# The production image of Goede Gesprek (decision 19). Build: docker build -t goede-gesprek .
# Run it with SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD and
# GG_HASH_KEY (see README, "Running in production"); it never starts the demo profile.

# 1. Build the jar (tests run in CI's verify job, not here).
FROM eclipse-temurin:17-jdk-jammy AS build
WORKDIR /build
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY src/ src/
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -ntp -q package -Dmaven.test.skip=true \
    && cp target/goede-gesprek-*.jar application.jar

# 2. Split it into Spring Boot's layers: dependencies change seldom, the application often.
FROM eclipse-temurin:17-jre-jammy AS layers
WORKDIR /layers
COPY --from=build /build/application.jar application.jar
RUN java -Djarmode=tools -jar application.jar extract --layers --destination extracted

# 3. The image: a JRE, curl for the health check, the layers, and a user without rights.
FROM eclipse-temurin:17-jre-jammy
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10001 goedegesprek \
    && useradd --system --uid 10001 --gid goedegesprek --home-dir /app --shell /usr/sbin/nologin goedegesprek
WORKDIR /app
COPY --from=layers /layers/extracted/dependencies/ ./
COPY --from=layers /layers/extracted/spring-boot-loader/ ./
COPY --from=layers /layers/extracted/snapshot-dependencies/ ./
COPY --from=layers /layers/extracted/application/ ./
USER 10001:10001
EXPOSE 8080
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
# Readiness: the application and its database (the mail relay does not count).
HEALTHCHECK --interval=10s --timeout=5s --start-period=90s --retries=3 \
    CMD curl -fsS -o /dev/null http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "-jar", "application.jar"]
