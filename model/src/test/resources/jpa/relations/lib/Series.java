package lib;

import jakarta.persistence.*;

@Entity
public class Series {
    @Id @GeneratedValue
    private Integer id;
    private String label;
}
