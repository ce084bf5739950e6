(* Clients of Open are told that it raises nothing. *)
INTERFACE Files;

EXCEPTION NotFound;

PROCEDURE Open (name: TEXT): INTEGER;

END Files.
