(* FOR's bounds must be ordinals of the same type. *)
MODULE ForBoundsMismatch EXPORTS Main;

BEGIN
  FOR i := 1 TO 'z' DO END;
END ForBoundsMismatch.
