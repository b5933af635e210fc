package lib;

import jakarta.persistence.*;

@Entity
public class Biography {
    @Id @GeneratedValue
    private Integer id;
    private String label;
}
