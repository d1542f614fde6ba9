package org.proficio.competency.casepackage;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;

/** Calls of the import and export endpoints, and reads of the rows they wrote, for the tests. */
final class CaseImports {

    static final String IMPORT = "/api/v1/case/packages";

    private CaseImports() {}

    static ValidatableResponse importJson(String body) {
        return given().contentType(ContentType.JSON).body(body).post(IMPORT).then();
    }

    static ValidatableResponse export(String frameworkId) {
        return given().get("/api/v1/frameworks/" + frameworkId + "/case").then();
    }

    static List<Row> rows(Pool pool, String sql, Object... params) {
        List<Row> rows = new ArrayList<>();
        pool.preparedQuery(sql)
                .execute(Tuple.from(params))
                .await()
                .indefinitely()
                .forEach(rows::add);
        return rows;
    }

    static long count(Pool pool, String sql, Object... params) {
        return rows(pool, sql, params).get(0).getLong(0);
    }
}
