package inh;

import jakarta.persistence.*;

@Entity
@DiscriminatorValue("CAR")
public class Car extends Vehicle {
    private int seats;
    @Column(nullable = false)
    private String model;
}
