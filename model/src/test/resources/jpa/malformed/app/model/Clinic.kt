package app.model

@Entity
class Clinic(@Id val id: Long)
