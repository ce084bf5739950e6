(* Only a FUNCTIONAL procedure may implement a FUNCTIONAL method, as its default or an override. *)
MODULE FunctionalMethodOverride EXPORTS Main;

TYPE
  Guarded = OBJECT
  METHODS
    FUNCTIONAL ready (): BOOLEAN := Always;
  END;
  Noisy = Guarded OBJECT
  OVERRIDES
    ready := Shout;
  END;

PROCEDURE Always (<*UNUSED*> g: Guarded): BOOLEAN =
  BEGIN
    RETURN TRUE
  END Always;

PROCEDURE Shout (<*UNUSED*> n: Noisy): BOOLEAN =
  BEGIN
    RETURN FALSE
  END Shout;

BEGIN
  EVAL NEW(Noisy).ready()
END FunctionalMethodOverride.
