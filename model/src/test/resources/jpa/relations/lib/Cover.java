package lib;

import jakarta.persistence.*;

@Entity
public class Cover {
    @Id @GeneratedValue
    private Integer id;
    private String label;
}
