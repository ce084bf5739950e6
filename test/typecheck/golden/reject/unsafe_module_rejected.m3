(* UNSAFE modules are accepted only when building trusted kernel code. *)
UNSAFE MODULE UnsafeModuleRejected EXPORTS Main;

BEGIN
END UnsafeModuleRejected.
