// Generates the jOOQ classes of every module schema from the real schema:
// an embedded PostgreSQL, the Liquibase changelogs, then jOOQ's GenerationTool once per schema.
// Skipped when the changelogs have not changed since the last run (stamp file next to the output).
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres
import liquibase.Contexts
import liquibase.Liquibase
import liquibase.database.DatabaseFactory
import liquibase.database.jvm.JdbcConnection
import liquibase.resource.DirectoryResourceAccessor
import org.jooq.codegen.GenerationTool
import org.jooq.meta.jaxb.Configuration
import org.jooq.meta.jaxb.Database
import org.jooq.meta.jaxb.Generate
import org.jooq.meta.jaxb.Generator
import org.jooq.meta.jaxb.Target

import java.security.MessageDigest

def changelogRoot = new File(changelogDir as String)
// One schema per module folder of db/changelog (platform's tables are infrastructure, read without jOOQ):
// a new module's folder is generated into org.portailfamille.<module>.adapter.out.persistence.jooq.
def schemas = new File(changelogRoot, 'db/changelog').listFiles()
        .findAll { it.isDirectory() && it.name != 'platform' }*.name.sort()
def outputFolder = new File(outputDir as String)
def stamp = new File(outputFolder, '.changelog.sha256')

def digest = MessageDigest.getInstance('SHA-256')
def files = []
new File(changelogRoot, 'db').eachFileRecurse { if (it.isFile()) files << it }
files.sort { it.path }.each { f ->
    digest.update(f.path.substring(changelogRoot.path.length()).bytes)
    digest.update(f.bytes)
}
digest.update(new File(changelogDir as String, '../../build/GenerateJooq.groovy').bytes)
def hash = digest.digest().encodeHex().toString()

if (stamp.isFile() && stamp.text == hash) {
    log.info("jOOQ: schema unchanged, generation skipped")
    return
}

outputFolder.deleteDir()
outputFolder.mkdirs()
long started = System.currentTimeMillis()
EmbeddedPostgres pg = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start()
try {
    pg.getPostgresDatabase().getConnection().withCloseable { connection ->
        def database = DatabaseFactory.instance.findCorrectDatabaseImplementation(new JdbcConnection(connection))
        new Liquibase('db/changelog/db.changelog-master.yaml', new DirectoryResourceAccessor(changelogRoot), database)
                .update(new Contexts())
        schemas.each { schema ->
            def configuration = new Configuration()
                    .withGenerator(new Generator()
                            .withDatabase(new Database()
                                    .withName('org.jooq.meta.postgres.PostgresDatabase')
                                    .withInputSchema(schema)
                                    .withExcludes('databasechangelog.*|event_publication.*|spring_session.*'))
                            .withGenerate(new Generate()
                                    .withJavaTimeTypes(true)
                                    .withRecords(true)
                                    .withPojos(false)
                                    .withDaos(false)
                                    .withFluentSetters(true))
                            .withTarget(new Target()
                                    .withPackageName("org.portailfamille.${schema}.adapter.out.persistence.jooq")
                                    .withDirectory(outputFolder.path)))
            def tool = new GenerationTool()
            tool.setConnection(connection)
            tool.run(configuration)
        }
    }
} finally {
    pg.close()
}
stamp.text = hash
log.info("jOOQ: generated ${schemas.size()} schemas in ${System.currentTimeMillis() - started} ms")
