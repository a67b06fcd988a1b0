/**
 * Small building blocks that every module may use. Depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared",
		type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package nl.nvp.goedegesprek.shared;
