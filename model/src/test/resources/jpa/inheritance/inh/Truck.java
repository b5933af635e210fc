package inh;

import jakarta.persistence.*;
import jakarta.validation.constraints.NotNull;

@Entity
public class Truck extends Vehicle {
    private Double payload;
    @NotNull
    private String axleConfig;
}
