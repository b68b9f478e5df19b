package io.capokr.aokit;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Where a database outside Jira keeps the model version of the app's AO schema (Jira's AO plugin keeps it in
 * its plugin settings): one row, holding the version of the last upgrade task that ran.
 */
@Preload
@Table("MODEL_VERSION")
public interface ModelVersionEntity extends Entity {

    @NotNull
    @StringLength(16)
    String getVersion();

    void setVersion(String version);
}
