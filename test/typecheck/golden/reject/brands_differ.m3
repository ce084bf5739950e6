(* Branded types are distinct even when their structure is the same. *)
MODULE BrandsDiffer EXPORTS Main;

TYPE
  Celsius = BRANDED "Celsius" REF REAL;
  Fahrenheit = BRANDED "Fahrenheit" REF REAL;

VAR
  c: Celsius := NEW(Celsius);
  f: Fahrenheit;

BEGIN
  f := c;
END BrandsDiffer.
