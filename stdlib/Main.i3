(* The interface every program's main module exports; it declares nothing. *)
INTERFACE Main;
END Main.
