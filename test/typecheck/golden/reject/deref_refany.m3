(* REFANY has no known referent: NARROW it first. *)
MODULE DerefRefany EXPORTS Main;

VAR r: REFANY := NEW(REF INTEGER);

BEGIN
  EVAL r^;
END DerefRefany.
