(* The full revelation of an opaque type must be branded, so it cannot be forged elsewhere. *)
MODULE Handle;

REVEAL T = REF INTEGER;

BEGIN
END Handle.
