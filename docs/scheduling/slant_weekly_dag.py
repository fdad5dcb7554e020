"""Airflow DAG: the weekly Slant run on a Spark cluster, Mondays 03:15 UTC.

Submits the cluster jar (cluster/target/slant-cluster-*.jar, Spark `provided`) with the `weekly` verb. `--state`
must be a folder the driver can lock (a shared local/NFS path): in cluster deploy mode the driver runs on a worker.
max_active_runs=1 keeps Airflow from overlapping runs; weekly's own lock also refuses a second run (exit 75).
Backfill a range by triggering with conf {"backfill": "2021-W40..2021-W49"}.
Needs apache-airflow-providers-apache-spark and a `spark_default` connection pointing at the cluster master.
"""
from datetime import datetime, timedelta

from airflow import DAG
from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator

SLANT_HOME = "/opt/slant"
WAREHOUSE = "/srv/slant/warehouse"
INBOX = "/srv/slant/inbox"
REPORTS = "/srv/slant/reports"
STATE = "/srv/slant/state"

with DAG(
    dag_id="slant_weekly",
    description="Ingest new inbox files, quotes and compare on them, write the weekly report",
    schedule="15 3 * * 1",
    start_date=datetime(2021, 10, 4),
    catchup=False,
    max_active_runs=1,
    default_args={"retries": 1, "retry_delay": timedelta(minutes=30)},
    tags=["slant"],
) as dag:
    SparkSubmitOperator(
        task_id="weekly",
        conn_id="spark_default",
        application=f"{SLANT_HOME}/cluster/target/slant-cluster-0.1.0-SNAPSHOT.jar",
        java_class="dev.slant.jobs.cli.Slant",
        name="slant-weekly",
        application_args=[
            "weekly",
            "--warehouse", WAREHOUSE,
            "--inbox", INBOX,
            "--out", REPORTS,
            "--state", STATE,
            # The run's own week: the interval that just ended (retries and re-runs report the same week).
            "--backfill",
            "{{ dag_run.conf.get('backfill') or data_interval_start.strftime('%G-W%V') }}",
        ],
        conf={
            "spark.driver.extraJavaOptions": "-Djdk.reflect.useDirectMethodHandle=false",
            "spark.sql.session.timeZone": "UTC",
        },
        driver_memory="8g",
        executor_memory="6g",
        execution_timeout=timedelta(hours=6),
    )
