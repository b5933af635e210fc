package lib;

import jakarta.persistence.*;

@Entity
public class Publisher {
    @Id @GeneratedValue
    private Integer id;
    private String label;
}
