package org.commonplace.support;

import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * The one deployment of the integration suite: the WAR that `mvn package` built, deployed as
 * ROOT.war (so at "/", like production) into one Payara Micro JVM shared by every *IT class.
 * Before it starts, the test database is emptied and the test mail server is up.
 */
@ArquillianSuiteDeployment
public class CommonplaceDeployment {

    @Deployment(testable = false)
    public static WebArchive deployment() {
        TestDatabase.reset();
        TestMail.start();
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(new File("target/commonplace.war"))
                .as(WebArchive.class);
    }
}
