package org.ephr.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The migrant e-PHR: a HAPI FHIR JPA R4 server at {@code /fhir}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EphrServerApplication {

    public static void main(String[] args) {
        SpringApplication.run(EphrServerApplication.class, args);
    }
}
