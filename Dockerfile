# The application on the official Payara Micro image of the same version, as a non-root user.
# Build:  docker build -t ticketing .      (compiles with the Maven wrapper in a build stage)
# Run:    docker compose up                 (PostgreSQL + the application, see docker-compose.yml)

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY db db
COPY ticketing-ejb ticketing-ejb
COPY ticketing-ui-vaadin ticketing-ui-vaadin
COPY ticketing-web ticketing-web
RUN ./mvnw -B -q -DskipTests -pl ticketing-web -am package

FROM payara/micro:6.2025.10-jdk17
# ROOT.war deploys at the context root "/": UI at /, API at /api, explorer at /openapi-ui/.
COPY --from=build --chown=payara:payara /src/ticketing-web/target/ticketing.war ${DEPLOY_DIR}/ROOT.war
# No data grid: without these pre-boot commands Payara Micro listens on *:6900 (Hazelcast) as well.
COPY --chown=payara:payara ticketing-web/src/main/payara/payara-micro.preboot ${PAYARA_DIR}/payara-micro.preboot
USER payara
# No password in the image: TICKETING_DB_PASSWORD and TICKETING_DB_MIGRATION_PASSWORD are given when
# it runs (docker-compose.yml takes them from the environment and refuses to start without them).
ENV TICKETING_DB_URL=jdbc:postgresql://db:5432/ticketing \
    TICKETING_DB_USER=ticketing_app \
    TICKETING_DB_MIGRATION_USER=ticketing \
    TICKETING_HTTP_PORT=8080
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/${TICKETING_HTTP_PORT} && printf "GET /health/ready HTTP/1.0\r\n\r\n" >&3 && head -n1 <&3 | grep -q " 200 "'
ENTRYPOINT ["sh", "-c", "exec java ${JVM_ARGS:-} -jar ${PAYARA_DIR:-/opt/payara}/payara-micro.jar --nocluster --prebootcommandfile ${PAYARA_DIR:-/opt/payara}/payara-micro.preboot --port ${TICKETING_HTTP_PORT} --deploymentDir ${DEPLOY_DIR}"]
